#ifndef CLAIMWATCH_CSTEMMER_SHIM_H
#define CLAIMWATCH_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
