import CLibXML2
import Foundation
import Glibc
import Testing

@testable import ClaimwatchCore

/// The HTML reader never fetches anything and never expands an entity the page declares: pages with
/// external entities (a local file, a URL), an external DTD and XIncludes are read for their own
/// text only, and a listening socket named by every URL in them receives no connection.
@Suite(.serialized)
struct HTMLSecurityTests {
    static let sentence = "The ministry said 42 drones were shot down over the capital on Tuesday night."
    static let more = "Air defence units fired on the drones from six positions around the city, officials said."

    static func pages(port: UInt16) -> [String: String] {
        let url = "http://127.0.0.1:\(port)"
        let body = "<p>\(sentence) &passwd; &remote; &discard;</p><p>\(more)</p>"
        return [
            "internal subset with external entities": """
            <!DOCTYPE html [
              <!ENTITY passwd SYSTEM "file:///etc/passwd">
              <!ENTITY remote SYSTEM "\(url)/entity">
              <!ENTITY discard SYSTEM "http://127.0.0.1:9/x">
            ]>
            <html><head><title>Drones</title></head><body><article>\(body)</article></body></html>
            """,
            "XHTML with an external DTD and XIncludes": """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "\(url)/xhtml1-strict.dtd" [
              <!ENTITY passwd SYSTEM "file:///etc/passwd">
              <!ENTITY remote SYSTEM "\(url)/entity">
              <!ENTITY discard SYSTEM "http://127.0.0.1:9/x">
            ]>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:xi="http://www.w3.org/2001/XInclude">
            <head><title>Drones</title><link rel="stylesheet" href="\(url)/style.css"/></head>
            <body><article>\(body)
            <xi:include href="file:///etc/passwd" parse="text"/>
            <xi:include href="\(url)/xinclude" parse="text"/>
            <img src="\(url)/image.png"/><iframe src="\(url)/frame"></iframe>
            </article></body></html>
            """,
        ]
    }

    @Test func entitiesAreNotExpandedAndNothingIsFetched() throws {
        let passwd = try String(contentsOfFile: "/etc/passwd", encoding: .utf8)
        let firstEntry = try #require(passwd.split(separator: "\n").first.map(String.init), "/etc/passwd is empty")
        let listener = try LoopbackListener()
        for (name, page) in Self.pages(port: listener.port) {
            let items = try ArticleReader().read(Array(page.utf8), fileName: "page.html", subfolder: "Outlet")
            let article = try #require(try items.first?.result.get(), "\(name): no article")
            #expect(article.body.contains(Self.sentence), "\(name): the page's own text is missing: \(article.body)")
            #expect(article.body.contains(Self.more), "\(name): \(article.body)")
            for leaked in ["root:", firstEntry, "/bin/", "nologin"] {
                #expect(!article.body.contains(leaked), "\(name): /etc/passwd leaked into the text: \(article.body)")
            }
            #expect(!listener.wasContacted, "\(name): the reader opened a connection to \(listener.port)")
        }
        // The listener does notice a connection.
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = listener.port.bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0 && listener.wasContacted)
    }

    /// What libxml2 is asked: no network, no entity substitution, no DTD loading or validation.
    @Test func libxml2OptionsForbidNetworkEntitiesAndDTDs() {
        let options = HTMLReader.parseOptions
        #expect(options & Int32(HTML_PARSE_NONET.rawValue) != 0)
        for forbidden in [XML_PARSE_NOENT, XML_PARSE_DTDLOAD, XML_PARSE_DTDATTR, XML_PARSE_DTDVALID, XML_PARSE_XINCLUDE] {
            #expect(options & Int32(forbidden.rawValue) == 0, "option \(forbidden.rawValue) is set")
        }
    }
}

/// A TCP socket listening on 127.0.0.1 at a free port; `wasContacted` says whether anyone connected.
final class LoopbackListener {
    let fd: Int32
    let port: UInt16

    init() throws {
        let sock = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard sock >= 0 else { throw ListenerError(step: "socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(sock, $0, length) == 0 && listen(sock, 8) == 0 && getsockname(sock, $0, &length) == 0
            }
        }
        guard bound else { close(sock); throw ListenerError(step: "bind") }
        fd = sock
        port = UInt16(bigEndian: address.sin_port)
    }

    /// True when a connection waits to be accepted (poll without waiting).
    var wasContacted: Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }

    deinit { close(fd) }

    struct ListenerError: Error { var step: String }
}
