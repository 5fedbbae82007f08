/* Uses the installed C API: exits 0 only when every answer is right. */
#include <qaf/qaf.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    qaf_date date;
    int failures = 0;
    if (strcmp(qaf_version(), QAF_VERSION_STRING) != 0) {
        ++failures;
    }
    if (qaf_date_parse("2024-02-29", &date, NULL) != QAF_OK || date.days != 19782) {
        ++failures;
    }
    printf("consumer: %s\n", failures == 0 ? "ok" : "FAILED");
    return failures == 0 ? 0 : 1;
}
