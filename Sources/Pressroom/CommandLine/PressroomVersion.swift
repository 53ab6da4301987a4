/// The version of Pressroom, as `pressroom --version` prints it. Changed here and nowhere else.
public enum PressroomVersion {
    public static let number = "0.1.0"
    /// `pressroom 0.1.0`
    public static var line: String { "pressroom \(number)" }
}
