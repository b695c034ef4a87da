public class T1 { [Xunit.Fact] public void A() { Assert.True(true); } }
