enum HuaweiCloudSignerModule {}
