#ifndef CLAIMWATCH_CINOTIFYTOOLS_SHIM_H
#define CLAIMWATCH_CINOTIFYTOOLS_SHIM_H
#include <sys/inotify.h>
#include <inotifytools/inotifytools.h>

/// The name that follows a `struct inotify_event` (empty when the event is about the watch itself).
static inline const char *cw_inotify_event_name(const struct inotify_event *event) {
    return event->len > 0 ? event->name : "";
}
#endif
