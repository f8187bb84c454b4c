__title__ = "openai_lite"
__version__ = "0.1.0"

# The official SDK release whose wire behaviour we reproduce: it is what goes out in
# User-Agent and X-Stainless-Package-Version, so servers see a client they know.
SDK_VERSION = "3.3.1"
