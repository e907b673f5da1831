/// The fusion-table layouts `FusionTableReader` recognises from their header line.
public enum FusionTableFormat: String, Sendable {
    /// Arriba `fusions.tsv`.
    case arriba
    /// STAR-Fusion predictions and candidates, abridged or not; also the consolidated form with a
    /// leading sample column (one row per sample and fusion).
    case starFusion = "star-fusion"
    /// FusionInspector `*.FusionInspector.fusions.tsv`: STAR-Fusion's columns and its own (`NumCounterFusionLeft`, `FAR_left`).
    case fusionInspector = "fusioninspector"
    /// ctat-LR-fusion `ctat-LR-fusion.fusion_predictions.tsv`: long reads counted in `num_LR` (short reads in `num_SR`).
    case ctatLRFusion = "ctat-lr-fusion"
    /// FusionCatcher `final-list_candidate-fusion-genes.txt`.
    case fusionCatcher = "fusioncatcher"
    /// JAFFA / JAFFAL `jaffa_results.csv`: `fusion genes` written `A:B`, a `classification` tier.
    case jaffa
    /// CICERO `final_fusions.txt`: `geneA`/`geneB`, `sv_ort`, `rating` (HQ, LQ, RT), `frame`.
    case cicero
    /// One `GENE1::GENE2` or `GENE1--GENE2` a line, any further columns ignored.
    case plainList = "list"
}
