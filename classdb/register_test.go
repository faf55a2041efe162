package classdb

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

type hider struct{}

func (*hider) Steer() int { return 1 }
func (hider) Reset()      {}
func (*hider) helper()    {}

func TestMethodName(t *testing.T) {
	var h hider
	for _, c := range []struct {
		m    any
		want string
	}{{"Steer", "Steer"}, {(*hider).Steer, "Steer"}, {hider.Reset, "Reset"}, {h.Reset, "Reset"}} {
		got, err := methodName(c.m)
		assert.NoError(t, err)
		assert.Equal(t, c.want, got)
	}
	for _, bad := range []any{nil, 42, (*hider).helper, func() {}} {
		_, err := methodName(bad)
		assert.Error(t, err, "%T", bad)
	}
}
