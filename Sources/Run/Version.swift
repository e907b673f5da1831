/// The tool version written into every report and annotated file.
public enum HemimatchVersion {
    public static let current = "0.2.0"
}
