/// The places and names a story is set among, so that a governor of Valencia is called Lucia
/// Navarro and not Anna Kowalska.
struct Country: Sendable {
    var name: String
    /// "Spanish".
    var adjective: String
    var cities: [String]
    var regions: [String]
    var rivers: [String]
    var firstNames: [String]
    var lastNames: [String]
    /// "the Bank of Spain".
    var centralBank: String
    /// The capital, where ministers speak.
    var capital: String

    /// Men's first names (`firstNames` alternate women's and men's), for footballers.
    var menFirstNames: [String] { firstNames.enumerated().filter { $0.offset % 2 == 1 }.map(\.element) }

    /// A full name not yet in `taken` (compared on the last name, so a story never has two people
    /// whose last names are the same).
    func person(_ random: inout SeededGenerator, avoiding taken: inout [String], man: Bool = false) -> (full: String, last: String) {
        var last = random.pick(lastNames)
        var tries = 0
        while taken.contains(last), tries < 50 { last = random.pick(lastNames); tries += 1 }
        taken.append(last)
        return ("\(random.pick(man ? menFirstNames : firstNames)) \(last)", last)
    }

    /// The country of the drone-strike stories.
    static let ukraine = Country(
        name: "Ukraine", adjective: "Ukrainian", cities: ["Zhytomyr", "Poltava", "Sumy", "Chernihiv", "Odesa", "Dnipro"],
        regions: ["Zhytomyr", "Poltava", "Sumy", "Chernihiv", "Odesa", "Dnipropetrovsk"], rivers: ["Teteriv", "Vorskla", "Psel", "Desna"],
        firstNames: ["Serhiy", "Olena", "Oleksandr", "Iryna", "Andriy", "Natalia", "Volodymyr", "Yulia"],
        lastNames: ["Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Shevchuk", "Melnyk", "Lysenko", "Honchar", "Savchenko", "Rudenko"],
        centralBank: "the National Bank of Ukraine", capital: "Kyiv")

    static let all: [Country] = [
        Country(
            name: "Spain", adjective: "Spanish", cities: ["Valencia", "Seville", "Zaragoza", "Malaga", "Murcia"],
            regions: ["Valencia region", "Andalusia", "Aragon", "Murcia region"], rivers: ["Turia", "Guadalquivir", "Ebro", "Segura"],
            firstNames: ["Lucia", "Javier", "Carmen", "Miguel", "Elena", "Pablo", "Marta", "Sergio"],
            lastNames: ["Navarro", "Moreno", "Ortega", "Delgado", "Castro", "Romero", "Herrera", "Vidal", "Serrano", "Molina"],
            centralBank: "the Bank of Spain", capital: "Madrid"),
        Country(
            name: "Poland", adjective: "Polish", cities: ["Wroclaw", "Krakow", "Gdansk", "Poznan", "Lodz"],
            regions: ["Lower Silesia", "Lesser Poland", "Pomerania", "Silesia"], rivers: ["Oder", "Vistula", "Warta", "Nysa"],
            firstNames: ["Anna", "Marek", "Katarzyna", "Tomasz", "Agnieszka", "Piotr", "Ewa", "Krzysztof"],
            lastNames: ["Zielinski", "Kowalczyk", "Wojcik", "Mazur", "Krawczyk", "Dabrowski", "Nowicki", "Sikora", "Jablonski", "Pawlak"],
            centralBank: "the National Bank of Poland", capital: "Warsaw"),
        Country(
            name: "Italy", adjective: "Italian", cities: ["Bologna", "Florence", "Genoa", "Verona", "Bari"],
            regions: ["Emilia-Romagna", "Tuscany", "Liguria", "Veneto"], rivers: ["Reno", "Arno", "Bisagno", "Adige"],
            firstNames: ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Elisa", "Davide"],
            lastNames: ["Ferrari", "Esposito", "Bianchi", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti"],
            centralBank: "the Bank of Italy", capital: "Rome"),
        Country(
            name: "Germany", adjective: "German", cities: ["Dresden", "Passau", "Cologne", "Leipzig", "Hanover"],
            regions: ["Saxony", "Bavaria", "North Rhine-Westphalia", "Lower Saxony"], rivers: ["Elbe", "Danube", "Rhine", "Mulde"],
            firstNames: ["Claudia", "Stefan", "Katrin", "Jens", "Sabine", "Markus", "Anja", "Thomas"],
            lastNames: ["Brenner", "Hoffmann", "Schreiber", "Keller", "Vogel", "Lorenz", "Hartmann", "Krause", "Ott", "Winter"],
            centralBank: "the Bundesbank", capital: "Berlin"),
        Country(
            name: "Brazil", adjective: "Brazilian", cities: ["Porto Alegre", "Recife", "Salvador", "Curitiba", "Belem"],
            regions: ["Rio Grande do Sul", "Pernambuco", "Bahia", "Parana"], rivers: ["Guaiba", "Capibaribe", "Taquari", "Iguacu"],
            firstNames: ["Ana", "Rafael", "Juliana", "Thiago", "Camila", "Bruno", "Fernanda", "Lucas"],
            lastNames: ["Oliveira", "Souza", "Pereira", "Almeida", "Barbosa", "Ribeiro", "Cardoso", "Teixeira", "Moura", "Farias"],
            centralBank: "Brazil's central bank", capital: "Brasilia"),
        Country(
            name: "India", adjective: "Indian", cities: ["Guwahati", "Chennai", "Patna", "Kochi", "Surat"],
            regions: ["Assam", "Tamil Nadu", "Bihar", "Kerala"], rivers: ["Brahmaputra", "Adyar", "Kosi", "Periyar"],
            firstNames: ["Priya", "Rahul", "Anjali", "Vikram", "Sunita", "Arjun", "Kavita", "Rohan"],
            lastNames: ["Sharma", "Nair", "Iyer", "Bose", "Reddy", "Mehta", "Kapoor", "Pillai", "Rao", "Das"],
            centralBank: "the Reserve Bank of India", capital: "New Delhi"),
        Country(
            name: "Kenya", adjective: "Kenyan", cities: ["Kisumu", "Mombasa", "Garissa", "Nakuru", "Eldoret"],
            regions: ["Kisumu County", "Mombasa County", "Garissa County", "Tana River County"], rivers: ["Nyando", "Tana", "Athi", "Nzoia"],
            firstNames: ["Grace", "Peter", "Wanjiru", "David", "Akinyi", "Samuel", "Mercy", "Joseph"],
            lastNames: ["Otieno", "Kamau", "Mwangi", "Wanjala", "Kiprop", "Odhiambo", "Njoroge", "Mutua", "Chebet", "Omondi"],
            centralBank: "the Central Bank of Kenya", capital: "Nairobi"),
        Country(
            name: "the Philippines", adjective: "Philippine", cities: ["Cebu", "Davao", "Iloilo", "Tacloban", "Legazpi"],
            regions: ["Central Visayas", "Davao Region", "Western Visayas", "Bicol"], rivers: ["Mahiga", "Davao", "Jalaur", "Bicol"],
            firstNames: ["Maria", "Jose", "Angelica", "Mark", "Kristine", "Paolo", "Liza", "Ramon"],
            lastNames: ["Santos", "Reyes", "Cruz", "Bautista", "Villanueva", "Mendoza", "Garcia", "Aquino", "Ramos", "Dela Cruz"],
            centralBank: "the Bangko Sentral ng Pilipinas", capital: "Manila"),
    ]
}
