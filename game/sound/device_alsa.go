//go:build !android && !darwin && !js && !windows && !nintendosdk && !playstation5

package sound

// Where Ebitengine plays through ALSA (these build constraints are its
// audio library's, oto's), a machine without a sound device is common: a
// server, a container, a CI runner under Xvfb. oto reports that only
// after its context is made, as an error that ends ebiten.RunGame, so
// the device is tried here first, as oto will open it: the default PCM,
// interleaved 32-bit float stereo at SampleRate.

/*
#cgo pkg-config: alsa
#include <alsa/asoundlib.h>

// quiet drops ALSA's messages: a missing device is an expected answer
// here, not a complaint for the terminal.
static void quiet(const char *file, int line, const char *function, int err, const char *fmt, ...) {}

static int alsaPlays(unsigned int rate) {
	snd_lib_error_set_handler(quiet);
	snd_pcm_t *pcm = NULL;
	// Non-blocking: a device busy elsewhere answers at once.
	int err = snd_pcm_open(&pcm, "default", SND_PCM_STREAM_PLAYBACK, SND_PCM_NONBLOCK);
	if (err >= 0) {
		snd_pcm_hw_params_t *params = NULL;
		err = snd_pcm_hw_params_malloc(&params);
		if (err >= 0) err = snd_pcm_hw_params_any(pcm, params);
		if (err >= 0) err = snd_pcm_hw_params_set_access(pcm, params, SND_PCM_ACCESS_RW_INTERLEAVED);
		if (err >= 0) err = snd_pcm_hw_params_set_format(pcm, params, SND_PCM_FORMAT_FLOAT_LE);
		if (err >= 0) err = snd_pcm_hw_params_set_channels(pcm, params, 2);
		if (err >= 0) err = snd_pcm_hw_params_set_rate_resample(pcm, params, 1);
		if (err >= 0) err = snd_pcm_hw_params_set_rate_near(pcm, params, &rate, NULL);
		if (err >= 0) err = snd_pcm_hw_params(pcm, params);
		if (params != NULL) snd_pcm_hw_params_free(params);
		snd_pcm_close(pcm);
	}
	snd_lib_error_set_handler(NULL);
	return err >= 0;
}
*/
import "C"

// deviceWorks reports whether ALSA's default device plays what oto will
// ask of it. oto would try other devices when the default fails; a
// machine whose default fails is left silent rather than risked.
func deviceWorks() bool {
	return C.alsaPlays(C.uint(SampleRate)) != 0
}
