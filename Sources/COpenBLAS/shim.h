#ifndef CLAIMWATCH_COPENBLAS_SHIM_H
#define CLAIMWATCH_COPENBLAS_SHIM_H
#include <cblas.h>
#endif
