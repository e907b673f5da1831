import Knowledge

/// A citation behind a rule, as a report writes it: the knowledge base's source itself.
public typealias Citation = Source
