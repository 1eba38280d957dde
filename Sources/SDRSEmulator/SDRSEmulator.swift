import Hummingbird
enum SDRSEmulatorModule {}
