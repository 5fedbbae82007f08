// Uses the installed C++ core (qaf::core) to check that its headers and link interface work.
#include <qaf/date.hpp>

int main() {
    return qaf::Date::parse("2024-02-29").days == 19782 ? 0 : 1;
}
