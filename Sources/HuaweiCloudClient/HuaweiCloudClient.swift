import SwitchyardCore
enum HuaweiCloudClientModule {}
