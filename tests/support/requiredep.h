#pragma once

// A test that needs a program or module from outside the project: on a developer's machine a
// missing one skips the test; with CI set (CI, scripts/test.sh on a fresh machine) it fails,
// because scripts/install-deps.sh must have installed it.

#include <QTest>

#define SOCKETSCOPE_REQUIRE_DEP(available, message)                                                \
    do {                                                                                           \
        if (!(available)) {                                                                        \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL("missing test dependency with CI set: " message);                            \
            QSKIP(message);                                                                        \
        }                                                                                          \
    } while (false)
