#ifndef CLAIMWATCH_CLIBXML2_SHIM_H
#define CLAIMWATCH_CLIBXML2_SHIM_H
// libxml2's ICU support clashes with the ICU that Foundation brings: read the version header,
// switch ICU off, then include the rest.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif
