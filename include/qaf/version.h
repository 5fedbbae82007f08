/* qaf version numbers: the single source of truth, read by CMake, pyproject.toml, the C API
 * (qaf.h) and the C++ core (base.hpp). Plain C so that every layer can include it. */
#ifndef QAF_VERSION_H
#define QAF_VERSION_H

#define QAF_VERSION_MAJOR 0
#define QAF_VERSION_MINOR 1
#define QAF_VERSION_PATCH 0
#define QAF_VERSION_STRING "0.1.0"
/* MAJOR * 1000000 + MINOR * 1000 + PATCH, for compile-time comparisons. */
#define QAF_VERSION_NUMBER                                                                         \
    (QAF_VERSION_MAJOR * 1000000 + QAF_VERSION_MINOR * 1000 + QAF_VERSION_PATCH)

#endif
