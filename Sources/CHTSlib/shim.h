#include <htslib/hts.h>
#include <htslib/vcf.h>
#include <htslib/bgzf.h>
#include <htslib/hts_log.h>
#include <htslib/tbx.h>
#include <htslib/faidx.h>
#include <htslib/thread_pool.h>
