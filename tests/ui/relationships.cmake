# Tests of issue 6 (relationships); registered by the part's author.
