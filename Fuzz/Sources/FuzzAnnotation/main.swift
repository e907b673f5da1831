import Foundation
import FuzzDriver
import Annotation

/// CSQ, ANN, BCSQ and EFF values, and HGVS p. strings: any bytes must parse or be rejected, never crash.
private let formats = [
    ConsequenceFormat(tag: "CSQ", headerDescription: "Format: Allele|Consequence|SYMBOL|Feature|EXON|INTRON|HGVSc|HGVSp|CANONICAL|ALLELE_NUM"),
    // VEP's default output (no --hgvs): the change only in Protein_position and Amino_acids.
    ConsequenceFormat(tag: "CSQ", headerDescription: "Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|Protein_position|Amino_acids"),
    ConsequenceFormat(tag: "ANN", headerDescription: "Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | Rank | HGVS.c | HGVS.p | cDNA.pos / cDNA.length | CDS.pos / CDS.length | AA.pos / AA.length | Distance | ERRORS / WARNINGS / INFO' "),
    ConsequenceFormat(tag: "BCSQ", headerDescription: "Format: Consequence|gene|transcript|biotype|strand|amino_acid_change|dna_change"),
    ConsequenceFormat(tag: "EFF", headerDescription: "Format: 'Effect ( Effect_Impact | Functional_Class | Codon_Change | Amino_Acid_change| Amino_Acid_length | Gene_Name | Gene_BioType | Coding | Transcript | Exon [ | ERRORS | WARNINGS ] )' "),
].compactMap { $0 }.map { ConsequenceParser(format: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnnotation(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data = bytes else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for parser in formats { _ = try? parser.parse(text) }
    _ = ProteinChange(hgvs: text)
    _ = ConsequenceFormat(headerDescription: text)
    _ = AlleleSpelling.vep(ref: String(text.prefix(8)), alts: text.split(separator: ",").map(String.init))
    return 0
}

runFuzzer(fuzzAnnotation)
