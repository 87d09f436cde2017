"""What the rules know before they read: word lists (lexicon), lemmas, locales (whose
institutions "the House" means), office-holders by date, and the gazetteer of known actors.
All of it is data beside the code (loaders/data, seeds/gazetteer); nothing here reads a text."""
