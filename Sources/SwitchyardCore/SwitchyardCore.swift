// Placeholder: replaced by the module implementation.
enum SwitchyardCoreModule {}
