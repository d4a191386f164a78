# Tests of issue 6 (dashboard); registered by the part's author.
