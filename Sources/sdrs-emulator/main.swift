print("sdrs-emulator")
