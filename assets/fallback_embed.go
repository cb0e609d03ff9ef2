//go:build !js

package assets

import _ "embed"

// FontFallback is the fallback face described with FontRegular.
//
//go:embed fonts/BIZUDPGothic-Fallback.subset.ttf
var FontFallback []byte
