// All wrappers are static inline in the public header.
#include "CHTSShims.h"
