/// Which records a run keeps: structural ones, and those in a panel interval, looked up once per
/// run of one contig (records come sorted by contig). One per reading thread.
struct PanelFilter {
    let panel: PanelIndex
    private var contig: String?
    private var ranges = PanelIndex.Cursor([])

    init(panel: PanelIndex) {
        self.panel = panel
    }

    mutating func keeps(_ contig: String, _ position: Int, _ isStructural: Bool) -> Bool {
        if isStructural { return true }
        if contig != self.contig {
            self.contig = contig
            ranges = PanelIndex.Cursor(panel.intervals(onContig: contig))
        }
        return ranges.contains(position)
    }
}
