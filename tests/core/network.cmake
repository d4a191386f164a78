# Tests of issue 6 (network); registered by the part's author.
