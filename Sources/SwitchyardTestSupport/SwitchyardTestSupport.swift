import SwitchyardCore
enum SwitchyardTestSupportModule {}
