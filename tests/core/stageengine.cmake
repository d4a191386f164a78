# Tests of issue 6 (stageengine); registered by the part's author.
