namespace X; public class Placeholder {}
