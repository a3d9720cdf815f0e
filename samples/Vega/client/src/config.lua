DEBUG = 0
CC_USE_FRAMEWORK = true
CC_SHOW_FPS = false
CC_DESIGN_RESOLUTION = { width = 1280, height = 720, autoscale = "FIXED_HEIGHT" }
