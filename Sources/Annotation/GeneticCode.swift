/// The standard genetic code.
enum GeneticCode {
    private static let table: [String: Character] = {
        let bases = Array("TCAG")
        let residues = Array("FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG")
        var table: [String: Character] = [:]
        for (i, a) in bases.enumerated() {
            for (j, b) in bases.enumerated() {
                for (k, c) in bases.enumerated() {
                    table[String([a, b, c])] = residues[i * 16 + j * 4 + k]
                }
            }
        }
        return table
    }()

    static func residue(_ codon: String) -> Character? { table[codon] }
}
