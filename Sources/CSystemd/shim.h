#ifndef CLAIMWATCH_CSYSTEMD_SHIM_H
#define CLAIMWATCH_CSYSTEMD_SHIM_H
#include <systemd/sd-daemon.h>
#endif
