import CallerEvidence

/// The caller-table layouts the readers know, for the command line's help, generated from the readers'
/// registries so that the help cannot go stale.
public enum CallerTableHelp {
    /// Each fusion caller with the columns that identify it, then the plain list.
    public static var fusionLayouts: String { FusionTableReader.layoutsHelp }
    /// Each copy-number caller with the columns that identify it.
    public static var copyNumberLayouts: String { CopyNumberReader.layoutsHelp }
}
