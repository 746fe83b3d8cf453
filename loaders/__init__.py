"""Article loaders: files in, typed entities and facts out."""
