import CHTSShims
import CHTSlib
import Dispatch

/// Walks an indexed file region by region, as `bcftools view -R` does: one htslib iterator at a
/// time, regions in the order given (sorted, disjoint within a contig). A record that overlaps two
/// regions is delivered once: by the first, since a later region of the same contig skips records
/// that begin at or before the previous region's end.
final class RegionCursor {
    /// What the index names a region's sequence by, with the region.
    private let regions: [(id: Int32, region: GenomicRegion)]
    private let tabix: UnsafeMutablePointer<tbx_t>?
    private let index: OpaquePointer?
    private var current = -1
    private var iterator: UnsafeMutablePointer<hts_itr_t>?

    /// For a bgzipped VCF (`tabix` set) or a BCF (`index` set); regions on contigs the index does
    /// not hold are dropped.
    init(regions: [GenomicRegion], tabix: UnsafeMutablePointer<tbx_t>?, index: OpaquePointer?, id: (String) -> Int32) {
        self.tabix = tabix
        self.index = index
        self.regions = regions.compactMap { region in
            let id = id(region.contig)
            return id < 0 ? nil : (id, region)
        }
    }

    deinit {
        if let iterator { hts_itr_destroy(iterator) }
        // Freeing an index of a whole genome's bins is milliseconds of `free` (about as long as matching the
        // panel's 4,400 records of a 2 M-record file): done on another thread, beside what the run does next.
        let loaded = Loaded(tabix: tabix, index: index)
        DispatchQueue.global().async {
            if let tabix = loaded.tabix { tbx_destroy(tabix) }
            if let index = loaded.index { hts_idx_destroy(index) }
        }
    }

    /// The index handed to the thread that frees it, which alone uses it from then on.
    private struct Loaded: @unchecked Sendable {
        let tabix: UnsafeMutablePointer<tbx_t>?
        let index: OpaquePointer?
    }

    /// The next record of the current region into `line` (text) or `record` (BCF): >= 0 when one
    /// was read, -1 when every region is done, < -1 on a read error.
    func next(file: UnsafeMutablePointer<htsFile>, line: inout kstring_t, record: UnsafeMutablePointer<bcf1_t>) -> Int32 {
        while true {
            if let iterator {
                let status = tabix != nil ? hm_tbx_itr_next(file, tabix, iterator, &line) : hm_bcf_itr_next(file, iterator, record)
                if status < -1 { return status }
                // For text, the line's length, as `hts_getline` returns it.
                if status >= 0 { return tabix != nil ? Int32(clamping: line.l) : status }
                hts_itr_destroy(iterator)
                self.iterator = nil
            }
            current += 1
            guard current < regions.count else { return -1 }
            let (id, region) = regions[current]
            iterator =
                tabix != nil
                ? hm_tbx_itr_queryi(tabix, id, hts_pos_t(region.start - 1), hts_pos_t(region.end))
                : hm_bcf_itr_queryi(index, id, hts_pos_t(region.start - 1), hts_pos_t(region.end))
        }
    }

    /// True when a record starting at `position` on the current region's contig was already
    /// delivered by the previous region.
    func alreadyDelivered(_ position: Int) -> Bool {
        guard current > 0 else { return false }
        let (previousID, previous) = regions[current - 1]
        return previousID == regions[current].id && position <= previous.end
    }
}
