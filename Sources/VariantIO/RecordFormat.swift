import CHTSShims
import CHTSlib

/// A kept record's FORMAT values where htslib holds them (its `RecordBuffer`), read field by field
/// when a sample's value is asked for: decoding a kept record copies no sample value, and most kept
/// records meet no rule and are never asked.
struct RecordFormat: Sendable {
    let buffer: RecordBuffer
    let layout: FormatLayout
    let sampleCount: Int

    /// FORMAT field `index` of the record.
    func field(_ index: Int) -> bcf_fmt_t { buffer.record.pointee.d.fmt[index] }

    /// `sample`'s genotype alleles (`nil` for a missing one); nil when it has none.
    static func genotype(_ field: bcf_fmt_t, sample: Int) -> [Int?]? {
        var alleles: [Int?] = []
        for index in 0..<Int(field.n) {
            let value = integer(field, sample: sample, index: index)
            guard value != hm_int32_vector_end() else { break }
            alleles.append(hm_gt_is_missing(value) != 0 ? nil : Int(hm_gt_allele(value)))
        }
        return alleles.isEmpty ? nil : alleles
    }

    /// `sample`'s integers; nil when it has none, or a missing value among them (left out whole: dropping
    /// the gap would shift later alleles' values onto earlier alleles).
    static func integers(_ field: bcf_fmt_t, sample: Int) -> [Int]? {
        var values: [Int] = []
        for index in 0..<Int(field.n) {
            let value = integer(field, sample: sample, index: index)
            guard value != hm_int32_vector_end() else { break }
            guard value != hm_int32_missing() else { return nil }
            values.append(Int(value))
        }
        return values.isEmpty ? nil : values
    }

    /// `sample`'s floats as the file wrote them (`0.3` stays 0.3, not the Float's 0.30000001192092896);
    /// nil as for integers.
    static func floats(_ field: bcf_fmt_t, sample: Int) -> [Double]? {
        var values: [Double] = []
        for index in 0..<Int(field.n) {
            let value = float(field, sample: sample, index: index)
            guard value != floatVectorEnd else { break }
            guard value != floatMissing else { return nil }
            let float = Float(bitPattern: value)
            values.append(Double(String(float)) ?? Double(float))
        }
        return values.isEmpty ? nil : values
    }

    /// htslib's float sentinels (`bcf_float_missing`, `bcf_float_vector_end`), as bit patterns.
    static let floatMissing: UInt32 = 0x7F80_0001
    static let floatVectorEnd: UInt32 = 0x7F80_0002

    /// Value `index` of `sample` in an integer FORMAT field as htslib's getters give it: widened to
    /// 32 bits, the narrower types' missing and vector-end values mapped onto the 32-bit ones. BCF
    /// values are little-endian, as this machine is.
    static func integer(_ field: bcf_fmt_t, sample: Int, index: Int) -> Int32 {
        let values = UnsafeRawPointer(field.p!) + sample * Int(field.size)
        switch field.type {
        case BCF_BT_INT8:
            let value = values.load(fromByteOffset: index, as: Int8.self)
            return value == Int8.min ? hm_int32_missing() : value == Int8.min + 1 ? hm_int32_vector_end() : Int32(value)
        case BCF_BT_INT16:
            let value = values.loadUnaligned(fromByteOffset: 2 * index, as: Int16.self)
            return value == Int16.min ? hm_int32_missing() : value == Int16.min + 1 ? hm_int32_vector_end() : Int32(value)
        default:
            return values.loadUnaligned(fromByteOffset: 4 * index, as: Int32.self)
        }
    }

    /// Value `index` of `sample` in a float FORMAT field, as its bit pattern (to tell htslib's sentinels apart).
    static func float(_ field: bcf_fmt_t, sample: Int, index: Int) -> UInt32 {
        (UnsafeRawPointer(field.p!) + sample * Int(field.size)).loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self)
    }
}
