package classdb

import "testing"

func TestSnake(t *testing.T) {
	for in, want := range map[string]string{
		"AddChild":      "add_child",
		"HTTPPort":      "http_port",
		"GetWorld2D":    "get_world_2d",
		"Node3DCount":   "node_3d_count",
		"EchoVector2":   "echo_vector2",
		"EchoVector2i":  "echo_vector2i",
		"ToRGBA32":      "to_rgba32",
		"Base64Text":    "base64_text",
		"Damage":        "damage",
		"ID":            "id",
		"PlayerID":      "player_id",
		"Go2Dimensions": "go2_dimensions",
	} {
		if got := snake(in); got != want {
			t.Errorf("snake(%q) = %q, want %q", in, got, want)
		}
	}
}
