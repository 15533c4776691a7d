/// A unit named by numbers instead of by eId: the chain of (type, number) from the top of the
/// document down to the unit. `ICCPR art. 14(3)(g)` is `iccpr` + article 14, paragraph 3, item 7;
/// `A/RES/62/148, preambular para. 2` is `a-res-62-148` + recital 2.
///
/// A step's number is the unit's printed ordinal (`第十四條` → 14, `(七)` → 7, `10.` → 10); units
/// printed without a number (recitals, preface lines, formulas, closing lines) count by position
/// among their siblings of the same type, from 1.
public struct UnitAddress: Hashable, Sendable, CustomStringConvertible {
    public struct Step: Hashable, Sendable {
        public var type: UnitType
        public var number: Int

        public init(_ type: UnitType, _ number: Int) {
            self.type = type
            self.number = number
        }
    }

    public var document: String
    public var steps: [Step]

    public init(document: String, steps: [Step]) {
        self.document = document
        self.steps = steps
    }

    /// The address one level up (nil at the top).
    public var parent: UnitAddress? {
        steps.isEmpty ? nil : UnitAddress(document: document, steps: Array(steps.dropLast()))
    }

    public func appending(_ type: UnitType, _ number: Int) -> UnitAddress {
        UnitAddress(document: document, steps: steps + [Step(type, number)])
    }

    public var description: String {
        document + ":" + steps.map { "\($0.type.rawValue) \($0.number)" }.joined(separator: "/")
    }
}
