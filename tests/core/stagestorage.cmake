# Tests of issue 6 (stagestorage); registered by the part's author.
