# Tests of issue 6 (stage); registered by the part's author.
