package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLoopbackAddr(t *testing.T) {
	for in, want := range map[string]string{
		"127.0.0.1:8080": "127.0.0.1:8080",
		"127.0.0.2:0":    "127.0.0.2:0",
		"localhost:8080": "127.0.0.1:8080",
		"[::1]:8080":     "[::1]:8080",
	} {
		got, err := loopbackAddr(in)
		if assert.NoError(t, err, in) {
			assert.Equal(t, want, got, in)
		}
	}
	for _, in := range []string{":8080", "0.0.0.0:8080", "[::]:8080", "192.168.1.10:8080", "example.com:80", "127.0.0.1", "127.0.0.1:http-nope"} {
		_, err := loopbackAddr(in)
		assert.Error(t, err, in)
	}
	_, err := loopbackAddr("0.0.0.0:8080")
	assert.ErrorContains(t, err, "non-loopback")
}

func TestWithPort(t *testing.T) {
	for _, tc := range []struct {
		addr string
		port int
		want string
	}{
		{"127.0.0.1:8080", -1, "127.0.0.1:8080"},
		{"127.0.0.1:8080", 9000, "127.0.0.1:9000"},
		{"127.0.0.1:8080", 0, "127.0.0.1:0"},
		{"[::1]:8080", 8081, "[::1]:8081"},
		{"localhost:8080", 8081, "localhost:8081"},
	} {
		got, err := withPort(tc.addr, tc.port)
		if assert.NoError(t, err, tc) {
			assert.Equal(t, tc.want, got, tc)
		}
	}
	_, err := withPort("127.0.0.1:8080", 70000)
	assert.Error(t, err)
	_, err = withPort("127.0.0.1", 8080)
	assert.Error(t, err)
	// The port flag never widens the host: loopbackAddr still checks it.
	listen, err := withPort("0.0.0.0:8080", 9000)
	assert.NoError(t, err)
	_, err = loopbackAddr(listen)
	assert.ErrorContains(t, err, "non-loopback")
}
