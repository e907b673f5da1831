// The wrappers are static inline in the public header; the one function here needs a lock.
#include "CHTSShims.h"

#include <pthread.h>
#include <string.h>

/// vcf_parse with htslib's own error message captured into `message` (its last error line): htslib
/// writes its messages to the C `stderr`, which is pointed at a memory buffer for this one call, under
/// a lock. Used only after a record has failed to parse, to say which field failed.
int hm_vcf_parse_explained(kstring_t *line, bcf_hdr_t *hdr, bcf1_t *rec, char *message, size_t size) {
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    memset(message, 0, size);
    pthread_mutex_lock(&lock);
    FILE *capture = fmemopen(message, size - 1, "w");
    int status = -1;
    if (capture) {
        FILE *saved = stderr;
        enum htsLogLevel level = hts_get_log_level();
        stderr = capture;
        hts_set_log_level(HTS_LOG_ERROR);
        status = vcf_parse(line, hdr, rec);
        fflush(capture);
        hts_set_log_level(level);
        stderr = saved;
        fclose(capture);
    }
    pthread_mutex_unlock(&lock);
    return status;
}
