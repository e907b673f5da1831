// Thin wrappers over htslib's function-like macros and composite constants,
// which Swift cannot import. No logic lives here.
#ifndef HEMIMATCH_CHTSSHIMS_H
#define HEMIMATCH_CHTSSHIMS_H

#include <htslib/hts.h>
#include <htslib/vcf.h>
#include <htslib/bgzf.h>
#include <htslib/hfile.h>
#include <htslib/hts_log.h>
#include <htslib/tbx.h>
#include <htslib/hfile.h>

static inline int hm_nsamples(const bcf_hdr_t *hdr) { return bcf_hdr_nsamples(hdr); }
static inline const char *hm_sample_name(const bcf_hdr_t *hdr, int i) { return hdr->samples[i]; }

static inline int hm_contig_count(const bcf_hdr_t *hdr) { return hdr->n[BCF_DT_CTG]; }
static inline const char *hm_contig_name(const bcf_hdr_t *hdr, int i) { return hdr->id[BCF_DT_CTG][i].key; }
/// Declared length of contig `i`, or 0 when the header gives none.
static inline int64_t hm_contig_length(const bcf_hdr_t *hdr, int i) {
    const bcf_idpair_t *pair = &hdr->id[BCF_DT_CTG][i];
    return pair->val ? (int64_t)pair->val->info[0] : 0;
}

static inline int hm_unpack_all(bcf1_t *rec) { return bcf_unpack(rec, BCF_UN_ALL); }
static inline int hm_unpack_str(bcf1_t *rec) { return bcf_unpack(rec, BCF_UN_STR); }

static inline int hm_get_info_string(const bcf_hdr_t *hdr, bcf1_t *rec, const char *tag, char **dst, int *ndst) {
    return bcf_get_info_string(hdr, rec, tag, dst, ndst);
}
static inline int hm_get_info_int32(const bcf_hdr_t *hdr, bcf1_t *rec, const char *tag, int32_t **dst, int *ndst) {
    return bcf_get_info_int32(hdr, rec, tag, dst, ndst);
}

static inline int32_t hm_int32_missing(void) { return bcf_int32_missing; }
static inline int32_t hm_int32_vector_end(void) { return bcf_int32_vector_end; }
static inline int hm_gt_is_missing(int32_t v) { return bcf_gt_is_missing(v); }
static inline int hm_gt_allele(int32_t v) { return bcf_gt_allele(v); }


static inline void hm_silence_htslib(void) { hts_set_log_level(HTS_LOG_OFF); }
/// htslib's warnings and errors on standard error (while an index is loaded: "older than the data file"…).
static inline void hm_relay_htslib_warnings(void) { hts_set_log_level(HTS_LOG_WARNING); }

/// 1 when the BGZF end-of-file marker is present, 0 when absent, 2 when it cannot be checked (a pipe).
static inline int hm_bgzf_eof_marker(htsFile *fp) { return bgzf_check_EOF(fp->fp.bgzf); }

static inline int hm_get_info_float(const bcf_hdr_t *hdr, bcf1_t *rec, const char *tag, float **dst, int *ndst) {
    return bcf_get_info_float(hdr, rec, tag, dst, ndst);
}
static inline int hm_get_info_flag(const bcf_hdr_t *hdr, bcf1_t *rec, const char *tag) {
    return bcf_get_info_flag(hdr, rec, tag, NULL, NULL);
}
/// htslib value type (BCF_HT_FLAG, _INT, _REAL, _STR) of a declared INFO tag, or -1.
static inline int hm_info_type(const bcf_hdr_t *hdr, const char *tag) {
    int id = bcf_hdr_id2int(hdr, BCF_DT_ID, tag);
    return bcf_hdr_idinfo_exists(hdr, BCF_HL_INFO, id) ? (int)bcf_hdr_id2type(hdr, BCF_HL_INFO, id) : -1;
}
static inline int hm_filter_count(const bcf1_t *rec) { return rec->d.n_flt; }
static inline const char *hm_filter_name(const bcf_hdr_t *hdr, const bcf1_t *rec, int i) {
    return bcf_hdr_int2id(hdr, BCF_DT_ID, rec->d.flt[i]);
}
static inline int hm_allele_count(const bcf1_t *rec) { return rec->n_allele; }
/// The INFO and FORMAT fields an unpacked record holds, by header id: the reader decodes only
/// those it was asked for, without asking htslib for every requested tag by name.
static inline int hm_info_field_count(const bcf1_t *rec) { return rec->n_info; }
static inline int hm_info_field_id(const bcf1_t *rec, int i) { return rec->d.info[i].key; }
/// The characters of an unpacked record's INFO field `i` in htslib's own buffer, as
/// bcf_get_info_string copies them (without the copy, and without looking the tag up by name);
/// NULL with `*length` 0 when the field holds no characters.
static inline const char *hm_info_field_chars(const bcf1_t *rec, int i, int *length) {
    const bcf_info_t *info = &rec->d.info[i];
    *length = info->vptr && info->type == BCF_BT_CHAR ? info->len : 0;
    return *length > 0 ? (const char *)info->vptr : NULL;
}
static inline int hm_format_field_count(const bcf1_t *rec) { return rec->n_fmt; }
static inline int hm_format_field_id(const bcf1_t *rec, int i) { return rec->d.fmt[i].id; }
static inline const char *hm_header_id_name(const bcf_hdr_t *hdr, int id) { return bcf_hdr_int2id(hdr, BCF_DT_ID, id); }
/// FORMAT field `i` of an unpacked record, its values as htslib holds them: `type` (BCF_BT_INT8…),
/// `n` values and `size` bytes a sample, `p` (NULL when the field was removed).
static inline const bcf_fmt_t *hm_format_field(const bcf1_t *rec, int i) { return &rec->d.fmt[i]; }
/// htslib value type (BCF_HT_INT, _REAL, _STR…) of a declared FORMAT tag by header id, or -1.
static inline int hm_format_type(const bcf_hdr_t *hdr, int id) {
    return bcf_hdr_idinfo_exists(hdr, BCF_HL_FMT, id) ? (int)bcf_hdr_id2type(hdr, BCF_HL_FMT, id) : -1;
}
static inline int hm_record_sample_count(const bcf1_t *rec) { return rec->n_sample; }
/// Errors in a parsed record beyond the two htslib repairs itself (undeclared contig or tag).
static inline int hm_record_fatal_errors(const bcf1_t *rec) {
    return rec->errcode & ~(BCF_ERR_CTG_UNDEF | BCF_ERR_TAG_UNDEF);
}

/// Next raw line of a text VCF into `line`: its length, -1 at the end, < -1 on a read error.
static inline int hm_getline(htsFile *fp, kstring_t *line) { return hts_getline(fp, '\n', line); }
static inline void hm_kstring_free(kstring_t *line) { free(line->s); line->s = NULL; line->l = line->m = 0; }

/// Region queries through an index: `.tbi`/`.csi` beside a bgzipped VCF, `.csi` beside a BCF.
/// NULL when the file has no index (quietly: the caller says what is missing).
static inline tbx_t *hm_tbx_index_load(const char *fn) { return tbx_index_load3(fn, NULL, HTS_IDX_SILENT_FAIL); }
static inline hts_idx_t *hm_bcf_index_load(const char *fn) { return bcf_index_load3(fn, NULL, HTS_IDX_SILENT_FAIL); }
/// The index inside a tabix index.
static inline hts_idx_t *hm_tbx_idx(tbx_t *tbx) { return tbx->idx; }
/// The largest end of the chunks the index lists for any of its sequences: the virtual offset just
/// past the last record it indexed; 0 when it lists none. A whole-sequence query collects and sorts
/// every chunk of the sequence (most of an index jump's time on a large file when asked of all), so
/// with `lastInFileOrder` only the last sequence that has chunks is asked: a tabix index numbers its
/// sequences in the order the file first shows them, and a file it indexes holds each sequence's
/// records together, so the last one's chunks end the data. A BCF's CSI numbers them as its header
/// does, in any order: all are asked.
static inline uint64_t hm_idx_data_end(const hts_idx_t *idx, int lastInFileOrder) {
    uint64_t end = 0;
    for (int tid = hts_idx_nseq(idx) - 1; tid >= 0; tid--) {
        hts_itr_t *itr = hts_itr_query(idx, tid, 0, HTS_POS_MAX, NULL);
        if (!itr) continue;
        for (int i = 0; i < itr->n_off; i++) if (itr->off[i].v > end) end = itr->off[i].v;
        int found = itr->n_off > 0;
        hts_itr_destroy(itr);
        if (found && lastInFileOrder) break;
    }
    return end;
}
/// The virtual offset just past the last record, as the index records it beside its bins (each
/// sequence's end, kept by htslib's indexers; the largest is asked for as where unplaced records
/// would begin): found without collecting any sequence's chunks. 0 when the index records none.
static inline uint64_t hm_idx_recorded_end(const hts_idx_t *idx) {
    hts_itr_t *itr = hts_itr_query(idx, HTS_IDX_NOCOOR, 0, 0, NULL);
    if (!itr) return 0;
    uint64_t end = itr->curr_off;
    hts_itr_destroy(itr);
    return end;
}
/// 1 when the BGZF file at `path` holds data up to virtual offset `end` and nothing after it (only
/// the end-of-file block), 0 when not (the offset is inside or past the data), -1 when it cannot be read.
static inline int hm_bgzf_data_ends_at(const char *path, uint64_t end) {
    BGZF *fp = bgzf_open(path, "r");
    if (!fp) return -1;
    int64_t address = (int64_t)(end >> 16);
    int offset = (int)(end & 0xFFFF);
    // The block at `address` must be a real one (bgzf_seek only positions; reading it checks it).
    int fits = bgzf_seek(fp, address << 16, SEEK_SET) == 0 && bgzf_read_block(fp) == 0
        && (fp->block_length > 0 || htell(fp->fp) > address) && offset <= fp->block_length;
    char byte;
    if (fits) {
        fp->block_offset = offset;
        fits = bgzf_read(fp, &byte, 1) == 0;
    }
    bgzf_close(fp);
    return fits;
}
/// Declares contig `name` in `hdr` by its ID alone, as htslib does for a contig a tabix index names and
/// a text header leaves out (call `bcf_hdr_sync` after the last): 0, or -1 when out of memory.
static inline int hm_declare_contig(bcf_hdr_t *hdr, const char *name) {
    bcf_hrec_t *hrec = calloc(1, sizeof(bcf_hrec_t));
    if (!hrec || !(hrec->key = strdup("contig")) || bcf_hrec_add_key(hrec, "ID", 2) < 0
        || bcf_hrec_set_val(hrec, hrec->nkeys - 1, name, strlen(name), 0) < 0) {
        if (hrec) bcf_hrec_destroy(hrec);
        return -1;
    }
    return bcf_hdr_add_hrec(hdr, hrec) < 0 ? -1 : 0;
}
/// Iterators over 0-based, half-open [beg, end) of sequence `tid` (the index's id for tabix, the header's for BCF).
static inline hts_itr_t *hm_tbx_itr_queryi(tbx_t *tbx, int tid, hts_pos_t beg, hts_pos_t end) { return tbx_itr_queryi(tbx, tid, beg, end); }
static inline hts_itr_t *hm_bcf_itr_queryi(hts_idx_t *idx, int tid, hts_pos_t beg, hts_pos_t end) { return bcf_itr_queryi(idx, tid, beg, end); }
/// Next raw line (tabix) or record (BCF) of an iterator: >= 0 on success, -1 at its end, < -1 on an error.
static inline int hm_tbx_itr_next(htsFile *fp, tbx_t *tbx, hts_itr_t *itr, kstring_t *line) { return tbx_itr_next(fp, tbx, itr, line); }
static inline int hm_bcf_itr_next(htsFile *fp, hts_itr_t *itr, bcf1_t *rec) { return bcf_itr_next(fp, itr, rec); }

/// The BGZF stream of a text file htslib reads through BGZF (compressed or not), or NULL.
static inline BGZF *hm_text_stream(htsFile *fp) { return fp->is_bgzf ? fp->fp.bgzf : NULL; }
/// Reads up to `length` decompressed bytes of a text file htslib opened (plain, gzip or BGZF):
/// the count, 0 at its end, < 0 on an error.
static inline ssize_t hm_text_read(htsFile *fp, void *buffer, size_t length) {
    return fp->is_bgzf ? bgzf_read(fp->fp.bgzf, buffer, length) : hread(fp->fp.hfile, buffer, length);
}
/// Opens a local path or a URL for reading its raw bytes (hopen is variadic); NULL with errno set.
static inline hFILE *hm_hopen(const char *fn) { return hopen(fn, "r"); }
static inline ssize_t hm_hread(hFILE *fp, void *buffer, size_t length) { return hread(fp, buffer, length); }
/// The raw bytes of a BCF record as read: its shared and per-sample parts.
static inline const char *hm_record_shared(const bcf1_t *rec, size_t *length) { *length = rec->shared.l; return rec->shared.s; }
static inline const char *hm_record_indiv(const bcf1_t *rec, size_t *length) { *length = rec->indiv.l; return rec->indiv.s; }
/// Has htslib read the file under `fp` `size` bytes at a time (its buffer keeps what it holds).
static inline int hm_set_read_size(htsFile *fp, int size) { return hts_set_opt(fp, HTS_OPT_BLOCK_SIZE, size); }
/// The BGZF stream a BCF file is read through.
static inline BGZF *hm_binary_stream(htsFile *fp) { return fp->fp.bgzf; }
/// The decompressed bytes of the current BGZF block not read yet, looked at without consuming them
/// (the raw-record prefilter's view); NULL, with *available 0, when the block is used up.
static inline const uint8_t *hm_bgzf_peek(BGZF *fp, int *available) {
    *available = fp->block_length - fp->block_offset;
    if (*available <= 0) { *available = 0; return NULL; }
    return (const uint8_t *)fp->uncompressed_block + fp->block_offset;
}
/// Takes up to `most` decompressed bytes of a text stream in place, without copying them: the rest
/// of the current block, or of the next one read (by htslib's threads when it has a pool). Valid until
/// the next call on `fp`. *length is the count, 0 at the end, -1 when a block cannot be read. The
/// bookkeeping is `bgzf_read`'s, so that the stream stays where a reader of it expects.
/// It stops at virtual offset `stop` (a negative `stop`: none): no byte at or past it is handed out,
/// and *stopped is 1 (length 0) when the stream stands exactly there. A stop that is no position of
/// the stream (not in a block it reads) is passed over.
static inline const uint8_t *hm_bgzf_take_until(BGZF *fp, int most, int64_t stop, int *length, int *stopped) {
    *stopped = 0;
    int64_t stop_address = stop >> 16;
    int stop_offset = (int)(stop & 0xFFFF);
    if (stop >= 0 && fp->block_address == stop_address && fp->block_offset == stop_offset) { *stopped = 1; *length = 0; return NULL; }
    while (fp->block_offset >= fp->block_length) {
        if (fp->block_length > 0) fp->block_offset = fp->block_length = 0;
        if (bgzf_read_block(fp) != 0) { fp->errcode |= BGZF_ERR_ZLIB; *length = -1; return NULL; }
        if (fp->block_length == 0) { *length = 0; return NULL; }
        if (stop >= 0 && fp->block_address == stop_address && fp->block_offset == stop_offset) { *stopped = 1; *length = 0; return NULL; }
    }
    int available = fp->block_length - fp->block_offset;
    if (stop >= 0 && fp->block_address == stop_address && fp->block_offset < stop_offset && stop_offset - fp->block_offset < available)
        available = stop_offset - fp->block_offset;
    if (available > most) available = most;
    const uint8_t *bytes = (const uint8_t *)fp->uncompressed_block + fp->block_offset;
    fp->block_offset += available;
    fp->uncompressed_address += available;
    *length = available;
    return bytes;
}
/// Where the stream stands: the file address of its current block, and the offset in it.
static inline int64_t hm_bgzf_block_address(const BGZF *fp) { return fp->block_address; }
static inline int hm_bgzf_block_offset(const BGZF *fp) { return fp->block_offset; }
/// Positions the stream at virtual offset `offset`: 0, or -1.
static inline int hm_bgzf_seek(BGZF *fp, int64_t offset) { return bgzf_seek(fp, offset, SEEK_SET) < 0 ? -1 : 0; }
/// The virtual offset of the first record the index gives for `[beg, beg + 1)` of sequence `tid`
/// (a record at or before `beg`), or -1 when it gives none.
static inline int64_t hm_idx_record_at(const hts_idx_t *idx, int tid, hts_pos_t beg) {
    hts_itr_t *itr = hts_itr_query(idx, tid, beg, beg + 1, NULL);
    if (!itr) return -1;
    int64_t offset = -1;
    for (int i = 0; i < itr->n_off; i++) if (offset < 0 || (int64_t)itr->off[i].u < offset) offset = (int64_t)itr->off[i].u;
    hts_itr_destroy(itr);
    return offset;
}
/// Passes over `length` (>= 1) bytes of the current BGZF block (at most what `hm_bgzf_peek` showed)
/// without copying them out. Bytes that end the block: all but the last in place, the last through
/// `bgzf_read`, which does its bookkeeping at the end of a block. 0, or -1 when the bytes were not there.
static inline int hm_bgzf_skip(BGZF *fp, int length) {
    int inPlace = fp->block_offset + length < fp->block_length ? length : length - 1;
    fp->block_offset += inPlace;
    fp->uncompressed_address += inPlace;
    char last;
    return inPlace == length || bgzf_read(fp, &last, 1) == 1 ? 0 : -1;
}
/// Replaces the content of `line` with the `length` bytes at `bytes` (NUL-terminated): 0, or < 0 when out of memory.
static inline int hm_kstring_assign(kstring_t *line, const char *bytes, size_t length) { line->l = 0; return kputsn(bytes, length, line) < 0 ? -1 : 0; }

/// Sets (or, with NULL, removes) the INFO string `tag` of `rec`; 0 on success.
static inline int hm_update_info_string(const bcf_hdr_t *hdr, bcf1_t *rec, const char *tag, const char *value) {
    return bcf_update_info_string(hdr, rec, tag, value);
}
/// The ID column and allele `i` (0 = REF) of a record unpacked with BCF_UN_STR.
static inline const char *hm_record_id(const bcf1_t *rec) { return rec->d.id; }
static inline const char *hm_record_allele(const bcf1_t *rec, int i) { return rec->d.allele[i]; }

/// vcf_parse with htslib's own error message captured into `message` (defined in CHTSShims.c).
int hm_vcf_parse_explained(kstring_t *line, bcf_hdr_t *hdr, bcf1_t *rec, char *message, size_t size);

#endif
