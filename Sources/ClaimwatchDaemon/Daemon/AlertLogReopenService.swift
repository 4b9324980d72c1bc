import ServiceLifecycle
import UnixSignals

/// SIGHUP reopens the alert logs (after logrotate moved them), for as long as the daemon runs.
struct AlertLogReopenService: Service {
    let alertLog: AlertLog

    func run() async {
        for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
            alertLog.reopen()
        }
    }
}
