enum HuaweiCloudWireModule {}
