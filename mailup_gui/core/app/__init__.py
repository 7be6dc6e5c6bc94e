"""The app as a whole: one running instance per data folder, the library versions support
asks for."""
